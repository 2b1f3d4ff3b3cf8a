package io.poschat.downstream;

/** Bodies as the contract (shared/spec/downstream-api.md) shows them. */
final class Bodies {

    private Bodies() {}

    static final String ORDER = """
            {"id": "o-1001", "created_at": "2026-11-24T12:31:05+01:00", "status": "paid",
             "table_id": "t-4", "covers": 2, "server": "Ana",
             "items": [{"product_id": "p-12", "quantity": 2, "unit_price": 12.50, "subtotal": 25.00}],
             "total": 25.00}""";

    static final String ORDERS = "[" + ORDER + "]";

    static final String PRODUCT = """
            {"id": "p-12", "name": "Margherita pizza", "sku": "PIZ-MAR", "category": "mains",
             "unit": "each", "price": 12.50, "cost": 3.10, "stock": 14, "reorder_level": 20}""";

    static final String PRODUCTS = "{\"p-12\": " + PRODUCT + "}";

    static final String PAYMENTS = """
            [{"id": "pay-1", "order_id": "o-1001", "amount": 25.00, "tip": 3.00, "method": "card",
              "created_at": "2026-11-24T13:02:44+01:00"}]""";

    static final String TOTAL = """
            {"from": "2026-11-24", "to": "2026-11-24", "total": 4213.50, "count": 87,
             "by_method": {"card": 3012.00, "cash": 901.50, "mobile": 300.00}}""";

    static final String TABLE = """
            {"id": "t-4", "number": 4, "seats": 4, "area": "terrace", "status": "occupied",
             "party_size": 3, "seated_at": "2026-11-24T13:10:00+01:00", "server": "Ana", "order_id": "o-1009"}""";

    static final String TABLES =
            "[" + TABLE + ", {\"id\": \"t-5\", \"number\": 5, \"seats\": 2, \"area\": \"inside\", \"status\": \"free\","
                    + " \"party_size\": null, \"seated_at\": null, \"server\": null, \"order_id\": null}]";

    static final String AUTH = """
            {"user_id": "u-1", "name": "Maria Lopez", "tenant_id": "bistro-1", "tenant_name": "Bistro Uno",
             "timezone": "Europe/Madrid", "currency": "EUR", "roles": ["manager"],
             "permissions": ["reports:read", "inventory:read", "floor:read"]}""";

    /** A total with a figure of its own, to tell whose answer a caller got. */
    static String total(String amount) {
        return "{\"from\": \"2026-11-24\", \"to\": \"2026-11-24\", \"total\": " + amount + ", \"count\": 1}";
    }
}
