package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The contracts every trader starts with. The exchange presets carry that exchange's published margin table,
 * fees, funding interval and order limits, with their sources and dates in docs/exchanges.md; where a figure
 * could not be found a conservative one is used and the document says so. Exchanges change these figures:
 * the trader edits them (or adds a custom contract in contracts.json) to match the venue today.
 */
public final class ContractPresets {
    // ---- Generic micro contracts (no one exchange's promise; maintenance at entry, the formula of the design) ----
    public static final ContractSpec BTC_MICRO_001 = generic("BTC-MICRO-0.01", "BTC micro perpetual (0.01 BTC)",
            "BTC", "0.01", "0.1");
    public static final ContractSpec BTC_MICRO_0001 = generic("BTC-MICRO-0.001", "BTC micro perpetual (0.001 BTC)",
            "BTC", "0.001", "0.1");
    public static final ContractSpec BTC_STANDARD = generic("BTC-STD-1", "BTC standard perpetual (1 BTC)",
            "BTC", "1", "0.1");
    public static final ContractSpec ETH_MICRO_001 = generic("ETH-MICRO-0.01", "ETH micro perpetual (0.01 ETH)",
            "ETH", "0.01", "0.01");

    // ---- CME micro futures: dated, dollar margin per contract, fee per contract, no funding, no liquidation ----
    /** CME Micro Bitcoin (MBT): 0.1 BTC, tick $5 = $0.50 a contract. */
    public static final ContractSpec CME_MICRO_BITCOIN = cme("MBT", "CME Micro Bitcoin (0.1 BTC)", "BTC", "5",
            "2800", "2550");
    /** CME Micro Ether (MET): 0.1 ETH, tick $0.50 = $0.05 a contract. */
    public static final ContractSpec CME_MICRO_ETHER = cme("MET", "CME Micro Ether (0.1 ETH)", "ETH", "0.5",
            "150", "137");

    // ---- USDT-margined perpetuals of the exchanges, one "contract" = one coin, ordered in the exchange's steps ----
    /** Binance USDⓈ-M BTCUSDT: brackets of 2021-03-18, maintenance at the liquidation price. */
    public static final ContractSpec BINANCE_BTCUSDT = perpetual("BINANCE-BTCUSDT", "Binance BTCUSDT perpetual",
            "BTC", "0.1", "0.001", "5", "0.0002", "0.0005", LiquidationConvention.BINANCE, MarginTiers.continuous(
                    row("50000", "0.004", "125"), row("250000", "0.005", "100"), row("1000000", "0.01", "50"),
                    row("10000000", "0.025", "20"), row("20000000", "0.05", "10"), row("50000000", "0.10", "5"),
                    row("100000000", "0.125", "4"), row("200000000", "0.15", "3"), row("300000000", "0.25", "2"),
                    row("500000000", "0.50", "1")));
    /** Binance USDⓈ-M ETHUSDT: leverage steps as published; maintenance rates half the initial (see docs). */
    public static final ContractSpec BINANCE_ETHUSDT = perpetual("BINANCE-ETHUSDT", "Binance ETHUSDT perpetual",
            "ETH", "0.01", "0.001", "5", "0.0002", "0.0005", LiquidationConvention.BINANCE, MarginTiers.continuous(
                    row("10000", "0.005", "100"), row("100000", "0.0065", "75"), row("500000", "0.01", "50"),
                    row("1000000", "0.02", "25"), row("2000000", "0.05", "10"), row("5000000", "0.10", "5"),
                    row("10000000", "0.125", "4"), row("20000000", "0.165", "3"), row(null, "0.25", "2")));
    /** Bybit BTCUSDT: risk limit tiers from its margin parameters page, maintenance at the entry price. */
    public static final ContractSpec BYBIT_BTCUSDT = perpetual("BYBIT-BTCUSDT", "Bybit BTCUSDT perpetual",
            "BTC", "0.1", "0.001", "100", "0.0002", "0.00055", LiquidationConvention.BYBIT, MarginTiers.continuous(
                    row("2000000", "0.005", "100"), row("2600000", "0.0056", "90"), row("3200000", "0.0063", "80"),
                    row("3800000", "0.0067", "75"), row("4400000", "0.0071", "70"), row("5000000", "0.0077", "65"),
                    row("5600000", "0.0091", "55"), row("8500000", "0.01", "50"), row("10000000", "0.013", "45"),
                    row("14000000", "0.015", "40"), row("20000000", "0.016", "35"), row("28000000", "0.02", "30"),
                    row("38000000", "0.025", "25"), row("50000000", "0.029", "20"), row("55000000", "0.03", "19"),
                    row("60000000", "0.035", "18"), row("65000000", "0.036", "17"), row("70000000", "0.038", "16"),
                    row("75000000", "0.04", "15"), row("80000000", "0.045", "14")));
    /** Bybit ETHUSDT: table not found; conservative tiers from Bybit's stated ETH base rate (see docs). */
    public static final ContractSpec BYBIT_ETHUSDT = perpetual("BYBIT-ETHUSDT", "Bybit ETHUSDT perpetual",
            "ETH", "0.01", "0.01", "100", "0.0002", "0.00055", LiquidationConvention.BYBIT, MarginTiers.continuous(
                    row("1000000", "0.01", "50"), row("2000000", "0.015", "40"), row("3000000", "0.02", "30"),
                    row("5000000", "0.025", "25"), row("10000000", "0.03", "20")));
    /** OKX BTC-USDT-SWAP: 0.01 BTC a contract; tiers conservative (see docs); maintenance rate plus taker fee. */
    public static final ContractSpec OKX_BTC_USDT_SWAP = okx("OKX-BTC-USDT-SWAP", "OKX BTC-USDT-SWAP (0.01 BTC)",
            "BTC", "0.01", "0.1", MarginTiers.flatSteps(
                    row("2000000", "0.005", "100"), row("4000000", "0.01", "50"), row("6000000", "0.015", "33"),
                    row("8000000", "0.02", "25"), row("10000000", "0.025", "20")));
    /** OKX ETH-USDT-SWAP: 0.1 ETH a contract; tiers of 2021 converted at 2,000 USDT (see docs). */
    public static final ContractSpec OKX_ETH_USDT_SWAP = okx("OKX-ETH-USDT-SWAP", "OKX ETH-USDT-SWAP (0.1 ETH)",
            "ETH", "0.1", "0.01", MarginTiers.flatSteps(
                    row("600000", "0.004", "125"), row("1200000", "0.005", "100"), row("2400000", "0.01", "66"),
                    row("4800000", "0.015", "50"), row("7200000", "0.02", "40")));

    // ---- Inverse (coin-margined) perpetuals: a contract is worth a fixed number of dollars, paid in the coin ----
    /** Bybit BTCUSD inverse perpetual: 1 USD a contract, maintenance 0.5 % at the entry value (its worked example). */
    public static final ContractSpec BYBIT_BTCUSD = inverse("BYBIT-BTCUSD", "Bybit BTCUSD inverse perpetual (1 USD)",
            "BTC", "1", "0.5", "100", "0.005", "0.0002", "0.00055", LiquidationConvention.BYBIT);
    /** Bybit ETHUSD inverse perpetual: 1 USD a contract, maintenance 1 % (Bybit's stated ETH base rate). */
    public static final ContractSpec BYBIT_ETHUSD = inverse("BYBIT-ETHUSD", "Bybit ETHUSD inverse perpetual (1 USD)",
            "ETH", "1", "0.05", "50", "0.01", "0.0002", "0.00055", LiquidationConvention.BYBIT);
    /** Binance COIN-M BTCUSD perpetual: 100 USD a contract, 125× up to 5 BTC; maintenance rate conservative. */
    public static final ContractSpec BINANCE_BTCUSD_PERP = inverse("BINANCE-BTCUSD-PERP",
            "Binance COIN-M BTCUSD perpetual (100 USD)", "BTC", "100", "0.1", "125", "0.005", "0.0002", "0.0005",
            LiquidationConvention.BINANCE);
    /** Binance COIN-M ETHUSD perpetual: 10 USD a contract (its altcoin multiplier); maintenance rate conservative. */
    public static final ContractSpec BINANCE_ETHUSD_PERP = inverse("BINANCE-ETHUSD-PERP",
            "Binance COIN-M ETHUSD perpetual (10 USD)", "ETH", "10", "0.01", "100", "0.005", "0.0002", "0.0005",
            LiquidationConvention.BINANCE);
    /** Deribit BTC-PERPETUAL: 10 USD a contract, maker 0 %, taker 0.05 %; its margin formula approximated (docs). */
    public static final ContractSpec DERIBIT_BTC_PERPETUAL = inverse("DERIBIT-BTC-PERPETUAL",
            "Deribit BTC-PERPETUAL (10 USD)", "BTC", "10", "0.5", "50", "0.01", "0", "0.0005",
            LiquidationConvention.BYBIT);
    /** Deribit ETH-PERPETUAL: 1 USD a contract, as the BTC one otherwise. */
    public static final ContractSpec DERIBIT_ETH_PERPETUAL = inverse("DERIBIT-ETH-PERPETUAL",
            "Deribit ETH-PERPETUAL (1 USD)", "ETH", "1", "0.05", "50", "0.01", "0", "0.0005",
            LiquidationConvention.BYBIT);

    public static final List<ContractSpec> ALL = List.of(BTC_MICRO_001, BTC_MICRO_0001, BTC_STANDARD, ETH_MICRO_001,
            CME_MICRO_BITCOIN, CME_MICRO_ETHER, BINANCE_BTCUSDT, BINANCE_ETHUSDT, BYBIT_BTCUSDT, BYBIT_ETHUSDT,
            OKX_BTC_USDT_SWAP, OKX_ETH_USDT_SWAP, BYBIT_BTCUSD, BINANCE_BTCUSD_PERP, DERIBIT_BTC_PERPETUAL,
            BYBIT_ETHUSD, BINANCE_ETHUSD_PERP, DERIBIT_ETH_PERPETUAL);

    /** Older names that still select a preset: BTCUSDT was the Binance-style perpetual before the exchange presets. */
    private static final List<String[]> ALIASES = List.of(new String[] {"BTCUSDT", "BINANCE-BTCUSDT"},
            new String[] {"ETHUSDT", "BINANCE-ETHUSDT"});

    private ContractPresets() {
    }

    /** A preset by its symbol, an alias (BTCUSDT) or a CME symbol with a month code (MBTZ5 is MBT, December 2025). */
    public static Optional<ContractSpec> bySymbol(String symbol) {
        Optional<ContractSpec> exact = ALL.stream().filter(c -> c.symbol().equalsIgnoreCase(symbol)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        for (String[] alias : ALIASES) {
            if (alias[0].equalsIgnoreCase(symbol)) {
                return bySymbol(alias[1]);
            }
        }
        return CmeMonths.parse(symbol).flatMap(month -> ALL.stream()
                .filter(c -> c.usesDollarMargin() && c.symbol().equalsIgnoreCase(month.root())).findFirst()
                .map(month::applyTo));
    }

    private static String[] row(String ceiling, String rate, String maxLeverage) {
        return new String[] {ceiling, rate, maxLeverage};
    }

    private static ContractSpec generic(String symbol, String name, String underlying, String size, String tick) {
        return new ContractSpec.Builder().symbol(symbol).name(name).underlying(underlying)
                .contractSize(new BigDecimal(size)).tickSize(new BigDecimal(tick)).maxLeverage(new BigDecimal("100"))
                .maintenanceMarginRate(new BigDecimal("0.005")).makerFeeRate(new BigDecimal("0.0002"))
                .takerFeeRate(new BigDecimal("0.0005")).fundingIntervalHours(8)
                .liquidationConvention(LiquidationConvention.BYBIT).build();
    }

    private static ContractSpec perpetual(String symbol, String name, String underlying, String tick, String step,
                                          String minNotional, String maker, String taker,
                                          LiquidationConvention convention, MarginTiers tiers) {
        MarginTier first = tiers.first();
        return new ContractSpec.Builder().symbol(symbol).name(name).underlying(underlying).contractSize(BigDecimal.ONE)
                .tickSize(new BigDecimal(tick)).quantityStep(new BigDecimal(step)).minQuantity(new BigDecimal(step))
                .quoteCurrency("USDT").maxLeverage(first.maxLeverage()).maintenanceMarginRate(first.maintenanceRate())
                .makerFeeRate(new BigDecimal(maker)).takerFeeRate(new BigDecimal(taker)).fundingIntervalHours(8)
                .marginTiers(tiers.tiers()).liquidationConvention(convention).minNotional(new BigDecimal(minNotional))
                .build();
    }

    /* OKX counts orders in contracts: steps of 0.1 contract, at least 1 contract (its 2024 rule for ETH-USDT-SWAP). */
    private static ContractSpec okx(String symbol, String name, String underlying, String size, String tick,
                                    MarginTiers tiers) {
        return perpetual(symbol, name, underlying, tick, "0.1", "0", "0.0002", "0.0005", LiquidationConvention.OKX, tiers)
                .toBuilder().contractSize(new BigDecimal(size)).minQuantity(BigDecimal.ONE).build();
    }

    /*
     * Inverse perpetuals are ordered in whole contracts and fund every 8 hours (Deribit accrues continuously against
     * an 8-hour rate). One flat maintenance rate: the smallest risk limit, which is where a micro position sits.
     */
    private static ContractSpec inverse(String symbol, String name, String underlying, String dollarsPerContract,
                                        String tick, String maxLeverage, String maintenance, String maker,
                                        String taker, LiquidationConvention convention) {
        return new ContractSpec.Builder().symbol(symbol).name(name).underlying(underlying)
                .kind(ContractKind.INVERSE).contractSize(new BigDecimal(dollarsPerContract))
                .tickSize(new BigDecimal(tick)).maxLeverage(new BigDecimal(maxLeverage))
                .maintenanceMarginRate(new BigDecimal(maintenance)).makerFeeRate(new BigDecimal(maker))
                .takerFeeRate(new BigDecimal(taker)).fundingIntervalHours(8).liquidationConvention(convention).build();
    }

    /*
     * CME sets margin in dollars per contract and changes it with volatility; the figures are a typical level
     * (about 40 % of notional at 70,000 / 3,500), editable per plan. The fee is an all-in per-contract, per-side
     * figure (exchange, clearing and a broker's commission).
     */
    private static ContractSpec cme(String symbol, String name, String underlying, String tick, String initial,
                                    String maintenance) {
        return new ContractSpec.Builder().symbol(symbol).name(name).underlying(underlying)
                .contractSize(new BigDecimal("0.1")).tickSize(new BigDecimal(tick)).maxLeverage(new BigDecimal("2.5"))
                .maintenanceMarginRate(new BigDecimal("0.36")).fundingIntervalHours(0)
                .liquidationConvention(LiquidationConvention.CME).feePerContract(new BigDecimal("2.50"))
                .initialMarginPerContract(new BigDecimal(initial))
                .maintenanceMarginPerContract(new BigDecimal(maintenance)).build();
    }
}
