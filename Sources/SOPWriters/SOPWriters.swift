// SOPWriters — Markdown, DOT, SVG and HTML writers (issue: render).
// The module exists so the package shape is fixed; its code lands with that issue.
