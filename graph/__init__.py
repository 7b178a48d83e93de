"""actorgraph core: data model, ontology, stores, analysis, export and CLI."""
