"""Word lists the extraction reads by: plain data, one module per family of fact."""
