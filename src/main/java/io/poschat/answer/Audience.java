package io.poschat.answer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;

/** Who an answer is for: the tenant's currency and timezone, and the user's name. */
public record Audience(String userName, String tenantName, Currency currency, ZoneId zone, LocalDate today) {}
