package io.poschat.answer;

import static io.poschat.answer.Words.capitalise;

import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.CallOutcome.Problem;
import io.poschat.downstream.Service;
import io.poschat.orchestration.Findings.Step;
import java.util.List;
import java.util.Optional;

/**
 * Why a service's data is missing or old, in plain words that name the service. Never the
 * service's own message: that goes to the log.
 */
final class MissingData {

    private MissingData() {}

    /** Why a call brought nothing fresh. */
    enum Reason {
        LATE,
        ERROR,
        UNREACHABLE,
        UNREADABLE,
        REFUSED,
        RESTING,
        NOT_ASKED;

        static Reason of(Problem problem) {
            return switch (problem) {
                case SERVER_ERROR -> ERROR;
                case REJECTED -> REFUSED;
                case UNREACHABLE -> UNREACHABLE;
                case MALFORMED -> UNREADABLE;
                case TIMEOUT -> LATE;
                case CIRCUIT_OPEN -> RESTING;
            };
        }
    }

    /** A service whose data is missing, and why. */
    record Gap(Service service, Reason reason) {

        String name() {
            return "the " + service.id() + " service";
        }

        /** "the payment service didn't answer in time" — to follow another clause. */
        String clause() {
            return name() + " " + predicate();
        }

        /** The start of a sentence of its own; "I couldn't reach …" reads better there. */
        String opening() {
            return switch (reason) {
                case UNREACHABLE -> "I couldn't reach " + name();
                case NOT_ASKED -> "I couldn't ask " + name();
                default -> capitalise(clause());
            };
        }

        private String predicate() {
            return switch (reason) {
                case LATE -> "didn't answer in time";
                case ERROR -> "had an error";
                case UNREACHABLE -> "couldn't be reached";
                case UNREADABLE -> "sent something I couldn't read";
                case REFUSED -> "refused the request";
                case RESTING -> "is having trouble, so I'm giving it a moment";
                case NOT_ASKED -> "wasn't asked";
            };
        }
    }

    static Optional<Gap> gap(Service service, CallOutcome<?> outcome) {
        return switch (outcome) {
            case CallOutcome.Ok<?> ok -> Optional.empty();
            case CallOutcome.Stale<?> stale -> Optional.empty();
            case CallOutcome.Failed<?> failed -> Optional.of(new Gap(service, Reason.of(failed.problem())));
            case CallOutcome.TimedOut<?> late -> Optional.of(new Gap(service, Reason.LATE));
            case CallOutcome.CircuitOpen<?> open -> Optional.of(new Gap(service, Reason.RESTING));
        };
    }

    static Optional<Gap> gap(Service service, Step<?> step) {
        return switch (step) {
            case Step.Made<?> made -> gap(service, made.outcome());
            case Step.Skipped<?> skipped -> Optional.of(new Gap(service, Reason.NOT_ASKED));
        };
    }

    /** "The payment service didn't answer in time, so the split by method is missing." */
    static String sentence(Gap gap, String consequence) {
        String joint = gap.reason() == Reason.RESTING ? "; " : ", so ";
        return gap.opening() + joint + consequence + ".";
    }

    /** "The payment service didn't answer in time, so I'm using its figures as of 14:05." */
    static String stale(Service service, Problem problem, String asOf) {
        Gap gap = new Gap(service, Reason.of(problem));
        if (gap.reason() == Reason.RESTING) {
            return gap.opening() + " and using its figures as of " + asOf + ".";
        }
        return gap.opening() + ", so I'm using its figures as of " + asOf + ".";
    }

    /**
     * "I couldn't get today's revenue: neither the pos nor the payment service answered in time.
     * Please try again in a moment."
     */
    static String nothing(String what, List<Gap> gaps) {
        boolean resting = gaps.stream().anyMatch(gap -> gap.reason() == Reason.RESTING);
        return "I couldn't get " + what + ": " + because(gaps) + ". Please try again "
                + (resting ? "shortly." : "in a moment.");
    }

    private static String because(List<Gap> gaps) {
        if (gaps.size() == 2 && gaps.get(0).reason() == gaps.get(1).reason()) {
            String first = gaps.get(0).service().id();
            String second = gaps.get(1).service().id();
            return switch (gaps.get(0).reason()) {
                case LATE -> "neither the " + first + " nor the " + second + " service answered in time";
                case UNREACHABLE -> "neither the " + first + " nor the " + second + " service could be reached";
                case RESTING ->
                    "the " + first + " and " + second + " services are both having trouble, so I'm giving them a"
                            + " moment";
                default -> both(gaps);
            };
        }
        return String.join(" and ", gaps.stream().map(Gap::clause).toList());
    }

    /** "the pos and payment services both had an error". */
    private static String both(List<Gap> gaps) {
        String predicate = gaps.get(0).clause().substring(gaps.get(0).name().length() + 1);
        return "the " + gaps.get(0).service().id() + " and "
                + gaps.get(1).service().id() + " services both " + predicate;
    }
}
