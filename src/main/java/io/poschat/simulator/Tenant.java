package io.poschat.simulator;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A demo restaurant: who it is, what it sells, where guests sit and how its days go. */
record Tenant(
        String id,
        String name,
        ZoneId zone,
        String currency,
        String code,
        List<MenuItem> menu,
        List<DiningTable> tables,
        List<String> staff,
        Trading trading,
        Tipping tipping,
        Map<String, Double> paymentShares) {

    record MenuItem(
            String id,
            String name,
            String sku,
            String category,
            String unit,
            BigDecimal price,
            BigDecimal cost,
            int popularity) {}

    record DiningTable(String id, int number, int seats, String area) {}

    /**
     * When parties arrive and how long they stay.
     *
     * @param peaks arrival peaks of the day, each a share of the day's parties around a centre
     * @param partySizes relative weight of a party of 1, 2, 3, ... guests
     * @param courses for each menu category, the chance that one guest orders from it
     */
    record Trading(
            LocalTime firstSeating,
            LocalTime lastSeating,
            LocalTime closing,
            List<Peak> peaks,
            int partiesPerDay,
            int minStayMinutes,
            int maxStayMinutes,
            List<Double> partySizes,
            Map<String, Double> courses) {}

    record Peak(LocalTime centre, int spreadMinutes, double share) {}

    /** How guests tip: a chance of tipping and a range of rates on card and mobile payments. */
    record Tipping(double chance, double minRate, double maxRate) {}
}
