// Every claim between two actors named $source and $target (names or ids), with its sentence.
MATCH (a)-[r]->(b)
WHERE (a.name = $source OR a.id = $source) AND (b.name = $target OR b.id = $target) AND label(b) <> 'Document'
RETURN label(r) AS type, r.modality AS modality, r.sentence AS evidence, r.doc_key AS document
ORDER BY type, document, evidence
