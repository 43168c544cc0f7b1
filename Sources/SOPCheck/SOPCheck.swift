// SOPCheck — schema validation and SOP lint rules (issue: validate).
// The module exists so the package shape is fixed; its code lands with that issue.
