package app.microplan.store;

import app.microplan.domain.SymbolFunding;

/** A funding payment read from a CSV file, with the row it came from. */
public record ImportedFunding(int row, SymbolFunding funding) {
}
