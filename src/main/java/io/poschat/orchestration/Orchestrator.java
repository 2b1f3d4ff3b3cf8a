package io.poschat.orchestration;

import io.poschat.downstream.CallContext;
import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.CallRecord;
import io.poschat.downstream.CallStatus;
import io.poschat.downstream.InventoryClient;
import io.poschat.downstream.Order;
import io.poschat.downstream.PaymentClient;
import io.poschat.downstream.PosClient;
import io.poschat.downstream.Product;
import io.poschat.downstream.RestaurantClient;
import io.poschat.downstream.Service;
import io.poschat.nlu.Intent;
import io.poschat.nlu.Period;
import io.poschat.orchestration.Fanout.Branch;
import io.poschat.orchestration.Findings.Step;
import io.poschat.orchestration.OrchestrationProperties.Mode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One plan of downstream calls per business intent. Every call starts as soon as what it needs is
 * known, so a question costs its critical path: {@code top_products} asks for payments at once and
 * for the ordered products as soon as the orders arrive — max(orders + products, payments), not
 * orders + max(products, payments). Whatever has not arrived when the deadline falls is reported
 * as timed out, and the rest is kept.
 */
@Component
public class Orchestrator {

    private final PosClient pos;
    private final InventoryClient inventory;
    private final PaymentClient payment;
    private final RestaurantClient restaurant;
    private final Mode mode;

    Orchestrator(
            PosClient pos,
            InventoryClient inventory,
            PaymentClient payment,
            RestaurantClient restaurant,
            OrchestrationProperties properties) {
        this.pos = pos;
        this.inventory = inventory;
        this.payment = payment;
        this.restaurant = restaurant;
        this.mode = properties.mode();
    }

    /**
     * Runs the plan of a business intent ({@link Intent#takesPeriod()} intents use {@code period},
     * {@code top_products} uses {@code limit}).
     *
     * @throws IllegalArgumentException for an intent without downstream calls
     * @throws InterruptedException when the question was cancelled; its calls are cancelled too
     */
    public Findings run(Intent intent, Period period, int limit, CallContext ctx) throws InterruptedException {
        return switch (intent) {
            case REVENUE -> revenue(period, ctx);
            case TOP_PRODUCTS -> topProducts(period, limit, ctx);
            case PAYMENT_METHODS -> paymentMethods(period, ctx);
            case LOW_STOCK -> new Findings.LowStock(inventory.lowStock(ctx));
            case INVENTORY_VALUE -> new Findings.InventoryValue(inventory.products(ctx));
            case TABLE_OCCUPANCY -> new Findings.TableOccupancy(restaurant.tables(ctx));
            case PENDING_ORDERS -> pendingOrders(ctx);
            case RESTAURANT_STATUS -> restaurantStatus(ctx);
            case GREETING, HELP, THANKS, OUT_OF_SCOPE ->
                throw new IllegalArgumentException(intent.label() + " has no downstream calls");
        };
    }

    private Findings revenue(Period period, CallContext ctx) throws InterruptedException {
        var both = inParallel(
                ctx,
                () -> pos.orders(ctx, period.from(), period.to()),
                () -> payment.total(ctx, period.from(), period.to()));
        return new Findings.Revenue(period, both.first(), both.second());
    }

    private Findings paymentMethods(Period period, CallContext ctx) throws InterruptedException {
        var both = inParallel(
                ctx,
                () -> payment.total(ctx, period.from(), period.to()),
                () -> pos.orders(ctx, period.from(), period.to()));
        return new Findings.PaymentMethods(period, both.first(), both.second());
    }

    private Findings topProducts(Period period, int limit, CallContext ctx) throws InterruptedException {
        AtomicReference<CallOutcome<List<Order>>> ordersSeen = new AtomicReference<>();
        try (Fanout fan = Fanout.within(ctx.deadline(), mode)) {
            var payments = fan.fork(() -> payment.payments(ctx, period.from(), period.to()));
            var products = fan.fork(() -> {
                CallOutcome<List<Order>> orders = pos.orders(ctx, period.from(), period.to());
                ordersSeen.set(orders);
                return productsOf(orders, ctx);
            });
            fan.join();
            CallOutcome<List<Order>> orders = ordersSeen.get();
            return new Findings.TopProducts(
                    period,
                    limit,
                    orders == null ? new CallOutcome.TimedOut<>() : orders,
                    products.result().orElseGet(() -> orders == null ? skipped(ctx) : timedOut()),
                    outcome(payments));
        }
    }

    /** The details of every product the orders sold; nothing to ask when nothing was sold. */
    private Step<Map<String, Product>> productsOf(CallOutcome<List<Order>> orders, CallContext ctx) {
        if (Thread.currentThread().isInterrupted()) {
            // Cancelled at the deadline: the plan itself reports what never ran.
            return new Step.Skipped<>();
        }
        if (orders.data().isEmpty()) {
            return skipped(ctx);
        }
        Set<String> ids = orders.data().get().stream()
                .filter(order -> !"cancelled".equals(order.status()))
                .flatMap(order -> order.items().stream())
                .map(Order.OrderItem::productId)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return new Step.Made<>(new CallOutcome.Ok<>(Map.of(), false));
        }
        return new Step.Made<>(inventory.products(ctx, ids));
    }

    private static <T> Step<T> skipped(CallContext ctx) {
        ctx.onCall()
                .accept(new CallRecord(
                        Service.INVENTORY, "/products", CallStatus.SKIPPED, ctx.elapsedMsSinceStart(), 0, false));
        return new Step.Skipped<>();
    }

    private static <T> Step<T> timedOut() {
        return new Step.Made<>(new CallOutcome.TimedOut<>());
    }

    private Findings pendingOrders(CallContext ctx) throws InterruptedException {
        var both = inParallel(ctx, () -> pos.activeOrders(ctx), () -> restaurant.tables(ctx));
        return new Findings.PendingOrders(both.first(), both.second());
    }

    private Findings restaurantStatus(CallContext ctx) throws InterruptedException {
        var both = inParallel(ctx, () -> restaurant.tables(ctx), () -> pos.activeOrders(ctx));
        return new Findings.RestaurantStatus(both.first(), both.second());
    }

    /** Two independent calls at once: the plan of every two-call intent. */
    private <A, B> Both<A, B> inParallel(
            CallContext ctx, Callable<CallOutcome<A>> first, Callable<CallOutcome<B>> second)
            throws InterruptedException {
        try (Fanout fan = Fanout.within(ctx.deadline(), mode)) {
            var a = fan.fork(first);
            var b = fan.fork(second);
            fan.join();
            return new Both<>(outcome(a), outcome(b));
        }
    }

    private record Both<A, B>(CallOutcome<A> first, CallOutcome<B> second) {}

    /** A branch with no result (cut off by the deadline, or failed by a bug, logged) counts as timed out. */
    private static <T> CallOutcome<T> outcome(Branch<CallOutcome<T>> branch) {
        return branch.result().orElseGet(CallOutcome.TimedOut::new);
    }
}
