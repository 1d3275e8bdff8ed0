// Package layering holds only a test: it keeps the imports between rwabridge's
// parts pointing upstream along the data flow (telemetry → onshore ledger →
// circuits → bridge → offshore), as ../shared/STYLE.md asks.
package layering
