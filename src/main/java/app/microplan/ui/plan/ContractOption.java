package app.microplan.ui.plan;

import app.microplan.domain.ContractSpec;

/**
 * An entry of the contract picker: a preset, or "Custom contract" with its own size and tick on top of a base
 * (the preset it started from, or the plan's own custom contract, kept whole so loading never changes it).
 */
public record ContractOption(String label, ContractSpec spec, boolean custom) {

    public static ContractOption preset(ContractSpec spec) {
        return new ContractOption(spec.name(), spec, false);
    }

    @Override
    public String toString() {
        return label;
    }
}
