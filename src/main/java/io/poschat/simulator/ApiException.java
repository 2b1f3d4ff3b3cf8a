package io.poschat.simulator;

/** A request the simulator refuses, answered as {@code {"error": code, "message": message}}. */
final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    static ApiException invalidToken(String message) {
        return new ApiException(401, "invalid_token", message);
    }

    static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    ApiError body() {
        return new ApiError(code, getMessage());
    }

    record ApiError(String error, String message) {}
}
