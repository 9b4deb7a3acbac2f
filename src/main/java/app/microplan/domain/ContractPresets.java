package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The contracts every trader starts with. Fee and margin figures are typical published tiers, not any one
 * exchange's promise: the trader edits them (or adds a custom contract) to match their venue.
 */
public final class ContractPresets {
    public static final ContractSpec BTC_MICRO_001 = perpetual("BTC-MICRO-0.01", "BTC micro perpetual (0.01 BTC)",
            "BTC", "0.01", "0.1");
    public static final ContractSpec BTC_MICRO_0001 = perpetual("BTC-MICRO-0.001", "BTC micro perpetual (0.001 BTC)",
            "BTC", "0.001", "0.1");
    public static final ContractSpec BTC_STANDARD = perpetual("BTC-STD-1", "BTC standard perpetual (1 BTC)",
            "BTC", "1", "0.1");
    public static final ContractSpec ETH_MICRO_001 = perpetual("ETH-MICRO-0.01", "ETH micro perpetual (0.01 ETH)",
            "ETH", "0.01", "0.01");
    /** CME Micro Bitcoin (MBT): 0.1 BTC, tick $5 = $0.50 a contract. Dated future: no funding; exchange-set margin. */
    public static final ContractSpec CME_MICRO_BITCOIN = cme("MBT", "CME Micro Bitcoin (0.1 BTC)", "BTC", "5");
    /** CME Micro Ether (MET): 0.1 ETH, tick $0.50 = $0.05 a contract. */
    public static final ContractSpec CME_MICRO_ETHER = cme("MET", "CME Micro Ether (0.1 ETH)", "ETH", "0.5");
    /** A USDT-margined BTC perpetual sized in coins: one "contract" is 1 BTC, ordered in steps of 0.001 BTC. */
    public static final ContractSpec BTCUSDT_PERPETUAL = new ContractSpec("BTCUSDT", "BTC/USDT perpetual (0.001 BTC step)",
            "BTC", BigDecimal.ONE, new BigDecimal("0.1"), new BigDecimal("0.001"), new BigDecimal("0.001"), "USDT",
            new BigDecimal("125"), new BigDecimal("0.004"), new BigDecimal("0.0002"), new BigDecimal("0.0005"), 8);

    public static final List<ContractSpec> ALL = List.of(BTC_MICRO_001, BTC_MICRO_0001, BTC_STANDARD, ETH_MICRO_001,
            CME_MICRO_BITCOIN, CME_MICRO_ETHER, BTCUSDT_PERPETUAL);

    private ContractPresets() {
    }

    public static Optional<ContractSpec> bySymbol(String symbol) {
        return ALL.stream().filter(c -> c.symbol().equalsIgnoreCase(symbol)).findFirst();
    }

    private static ContractSpec perpetual(String symbol, String name, String underlying, String size, String tick) {
        return new ContractSpec(symbol, name, underlying, new BigDecimal(size), new BigDecimal(tick), BigDecimal.ONE,
                BigDecimal.ONE, "USD", new BigDecimal("100"), new BigDecimal("0.005"), new BigDecimal("0.0002"),
                new BigDecimal("0.0005"), 8);
    }

    /*
     * CME sets margin in dollars per contract; about 40 % of notional (2.5× leverage) initial and roughly
     * 90 % of that as maintenance. CME fees are per contract, not a rate, so the rates are left at zero.
     */
    private static ContractSpec cme(String symbol, String name, String underlying, String tick) {
        return new ContractSpec(symbol, name, underlying, new BigDecimal("0.1"), new BigDecimal(tick), BigDecimal.ONE,
                BigDecimal.ONE, "USD", new BigDecimal("2.5"), new BigDecimal("0.36"), BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }
}
