package dk.puljeflow.pool;

import java.math.BigDecimal;
import java.util.Map;

/** GET /api/pools/{id}: the definition, the money and how many applications stand where. */
public record PoolView(PoolDefinition definition, BigDecimal budget, BigDecimal carryOver, BigDecimal reserved,
    BigDecimal paid, BigDecimal available, Map<String, Long> applicationsByStatus) {}
