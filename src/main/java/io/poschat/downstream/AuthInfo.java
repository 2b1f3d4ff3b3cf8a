package io.poschat.downstream;

import static io.poschat.downstream.Contract.required;

import java.util.List;
import java.util.Set;

/** The auth service's verdict on a token: who the user is, their tenant and what they may see. */
public record AuthInfo(
        String userId,
        String name,
        String tenantId,
        String tenantName,
        String timezone,
        String currency,
        List<String> roles,
        Set<String> permissions) {

    public AuthInfo {
        required(userId, "user_id");
        required(tenantId, "tenant_id");
        required(timezone, "timezone");
        required(currency, "currency");
        Contract.zone(timezone);
        Contract.currency(currency);
        name = name == null ? userId : name;
        tenantName = tenantName == null ? tenantId : tenantName;
        roles = roles == null ? List.of() : List.copyOf(roles);
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }

    public boolean may(String permission) {
        return permissions.contains(permission);
    }
}
