package app.microplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contracts a trader picks from: the built-in presets, with the trader's own specs laid over them. A spec
 * of the trader's with a preset's symbol replaces that preset (their venue's fees and margin); any other is
 * added after the presets.
 */
public record ContractCatalog(List<ContractSpec> own) {

    public ContractCatalog {
        own = List.copyOf(own);
    }

    public List<ContractSpec> all() {
        List<ContractSpec> result = new ArrayList<>();
        for (ContractSpec preset : ContractPresets.ALL) {
            result.add(ownBySymbol(preset.symbol()).orElse(preset));
        }
        for (ContractSpec spec : own) {
            boolean replacesPreset = ContractPresets.bySymbol(spec.symbol()).isPresent();
            boolean alreadyAdded = result.stream().anyMatch(c -> c.symbol().equalsIgnoreCase(spec.symbol()));
            if (!replacesPreset && !alreadyAdded) {
                result.add(ownBySymbol(spec.symbol()).orElseThrow());
            }
        }
        return List.copyOf(result);
    }

    public Optional<ContractSpec> bySymbol(String symbol) {
        return all().stream().filter(c -> c.symbol().equalsIgnoreCase(symbol)).findFirst();
    }

    /** The trader's last spec of that symbol wins, as the last one they saved. */
    private Optional<ContractSpec> ownBySymbol(String symbol) {
        ContractSpec found = null;
        for (ContractSpec spec : own) {
            if (spec.symbol().equalsIgnoreCase(symbol)) {
                found = spec;
            }
        }
        return Optional.ofNullable(found);
    }
}
