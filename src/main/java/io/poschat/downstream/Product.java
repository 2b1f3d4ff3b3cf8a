package io.poschat.downstream;

import static io.poschat.downstream.Contract.required;

import java.math.BigDecimal;

/** A product of the inventory service, with its stock. */
public record Product(
        String id,
        String name,
        String sku,
        String category,
        String unit,
        BigDecimal price,
        BigDecimal cost,
        BigDecimal stock,
        BigDecimal reorderLevel) {

    public Product {
        required(id, "id");
        name = name == null ? id : name;
    }
}
