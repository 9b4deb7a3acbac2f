package app.microplan.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An inverse position's money in both currencies, whatever the account counts in: what the trader reads next to
 * the sized figures (the risk of a bitcoin account in dollars too, and the other way round). Coin amounts to the
 * satoshi, dollars to the cent; risk and margin rounded up, P&amp;L down.
 *
 * @param coin              the settlement coin (BTC, ETH)
 * @param contractValue     dollars per contract
 * @param positionValueCoin A = Σ q·V/p, the coins the position is worth at entry
 * @param positionValueUsd  B = Q·V
 * @param marginCoin        A / L
 * @param riskCoin          the loss at the stop in coin, fees and counted funding included
 * @param riskUsd           the same converted at the stop price
 * @param targets           each take-profit's net P&amp;L (the whole position closed there, at the maker fee)
 */
public record InverseFigures(String coin, BigDecimal contractValue, BigDecimal positionValueCoin,
                             BigDecimal positionValueUsd, BigDecimal marginCoin, BigDecimal riskCoin,
                             BigDecimal riskUsd, List<AtPrice> targets) {

    /** Net P&amp;L of closing at a price, in coin and in dollars at that price. */
    public record AtPrice(BigDecimal price, BigDecimal netCoin, BigDecimal netUsd) {
    }

    public InverseFigures {
        targets = List.copyOf(targets);
    }

    /** The figures of a sized inverse plan; empty for a linear contract or while the plan is incomplete. */
    public static Optional<InverseFigures> of(TradeSetup setup, RiskPolicy policy, SizingResult sizing) {
        ContractSpec contract = setup.contract();
        if (!contract.isInverse() || !sizing.isComplete() || setup.stop() == null) {
            return Optional.empty();
        }
        String coin = contract.settlementCurrency();
        InverseTrade trade = new InverseTrade(setup, sizing.allocatedEntries(), policy.fundingInRisk(),
                sizing.quoteCurrency());
        BigDecimal stopRate = InverseSizer.stopRate(setup);
        BigDecimal lossCoin = trade.netCoin(setup.stop(), stopRate).negate();
        List<AtPrice> targets = setup.targets().stream().map(t -> {
            BigDecimal net = trade.netCoin(t.price(), InverseSizer.targetRate(setup));
            return new AtPrice(t.price(), AccountCurrency.down(net, coin),
                    AccountCurrency.down(net.multiply(t.price()), AccountCurrency.DOLLARS));
        }).toList();
        return Optional.of(new InverseFigures(coin, contract.contractValue(),
                trade.coinsAtEntry().setScale(AccountCurrency.COIN_SCALE, java.math.RoundingMode.HALF_UP),
                trade.dollars(), AccountCurrency.up(trade.marginCoin(setup.leverage()), coin),
                AccountCurrency.up(lossCoin, coin),
                AccountCurrency.up(lossCoin.multiply(setup.stop()), AccountCurrency.DOLLARS), targets));
    }

    /** "0.00099962 BTC ($48.98 at the stop)": the risk as the trader reads it beside the account's figure. */
    public String riskInBoth() {
        return Money.format(riskCoin, coin) + " (" + Money.format(riskUsd, AccountCurrency.DOLLARS) + " at the stop)";
    }
}
