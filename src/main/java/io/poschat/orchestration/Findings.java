package io.poschat.orchestration;

import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.Order;
import io.poschat.downstream.Payment;
import io.poschat.downstream.PaymentTotal;
import io.poschat.downstream.Product;
import io.poschat.downstream.TableStatus;
import io.poschat.nlu.Period;
import java.util.List;
import java.util.Map;

/**
 * What an intent's plan brought back: every call's outcome, data or not. Turning it into words is
 * the answer part's job.
 */
public sealed interface Findings {

    record Revenue(Period period, CallOutcome<List<Order>> orders, CallOutcome<PaymentTotal> total)
            implements Findings {}

    /**
     * @param products the ordered products' details; {@code Skipped} when the orders never came
     */
    record TopProducts(
            Period period,
            int limit,
            CallOutcome<List<Order>> orders,
            Step<Map<String, Product>> products,
            CallOutcome<List<Payment>> payments)
            implements Findings {}

    record PaymentMethods(Period period, CallOutcome<PaymentTotal> total, CallOutcome<List<Order>> orders)
            implements Findings {}

    record LowStock(CallOutcome<List<Product>> products) implements Findings {}

    record InventoryValue(CallOutcome<Map<String, Product>> products) implements Findings {}

    record TableOccupancy(CallOutcome<List<TableStatus>> tables) implements Findings {}

    record PendingOrders(CallOutcome<List<Order>> active, CallOutcome<List<TableStatus>> tables) implements Findings {}

    record RestaurantStatus(CallOutcome<List<TableStatus>> tables, CallOutcome<List<Order>> active)
            implements Findings {}

    /** A call that depends on an earlier one: made, or skipped because what it needed never came. */
    sealed interface Step<T> {
        record Made<T>(CallOutcome<T> outcome) implements Step<T> {}

        record Skipped<T>() implements Step<T> {}
    }
}
