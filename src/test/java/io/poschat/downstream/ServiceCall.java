package io.poschat.downstream;

/**
 * One call per service, with a body the contract allows and one of the wrong shape, so a fault
 * can be tried against every client alike.
 */
enum ServiceCall {
    POS_ORDERS("/pos/orders", Bodies.ORDERS, "{\"orders\": []}") {
        @Override
        CallOutcome<?> call(DownstreamTest test, CallContext ctx) {
            return test.pos.orders(ctx, DownstreamTest.TODAY, DownstreamTest.TODAY);
        }
    },
    INVENTORY_PRODUCTS("/inventory/products", Bodies.PRODUCTS, "[" + Bodies.PRODUCT + "]") {
        @Override
        CallOutcome<?> call(DownstreamTest test, CallContext ctx) {
            return test.inventory.products(ctx);
        }
    },
    PAYMENT_TOTAL(
            "/payment/payments/total",
            Bodies.TOTAL,
            "{\"from\": \"2026-11-24\", \"to\": \"2026-11-24\", \"count\": 3}") {
        @Override
        CallOutcome<?> call(DownstreamTest test, CallContext ctx) {
            return test.payment.total(ctx, DownstreamTest.TODAY, DownstreamTest.TODAY);
        }
    },
    RESTAURANT_TABLES("/restaurant/tables/status", Bodies.TABLES, Bodies.TABLE) {
        @Override
        CallOutcome<?> call(DownstreamTest test, CallContext ctx) {
            return test.restaurant.tables(ctx);
        }
    },
    AUTH_VERIFY("/auth/auth/verify", Bodies.AUTH, "{\"user_id\": \"u-1\", \"name\": \"Maria Lopez\"}") {
        @Override
        CallOutcome<?> call(DownstreamTest test, CallContext ctx) {
            return test.auth.verify(ctx.token(), ctx.correlationId());
        }
    };

    final String path;
    final String body;
    final String wrongShapeBody;

    ServiceCall(String path, String body, String wrongShapeBody) {
        this.path = path;
        this.body = body;
        this.wrongShapeBody = wrongShapeBody;
    }

    abstract CallOutcome<?> call(DownstreamTest test, CallContext ctx);
}
