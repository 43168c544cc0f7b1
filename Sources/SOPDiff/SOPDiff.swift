// SOPDiff — revision comparison (issue: diff).
// The module exists so the package shape is fixed; its code lands with that issue.
