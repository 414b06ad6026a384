package dk.puljeflow.pool;

import java.math.BigDecimal;
import java.util.Map;

/**
 * GET /api/pools/{id}: the definition, the money, how many applications stand where and how many
 * modules the granted applications cover (the STAR pool counts modules).
 */
public record PoolView(PoolDefinition definition, BigDecimal budget, BigDecimal carryOver, BigDecimal reserved,
    BigDecimal paid, BigDecimal carriedOut, BigDecimal available, String carriedOverTo,
    Map<String, Long> applicationsByStatus, long grantedModules) {}
