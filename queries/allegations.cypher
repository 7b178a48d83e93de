// Claims that are alleged or denied rather than asserted: who is said to spy on whom, and who denies what.
MATCH (a)-[r:ALLEGED_SPYING|SELLS_TO|SUPPLIES_OIL|SANCTIONS]->(b)
WHERE r.modality IN ['alleged', 'denied']
RETURN a.name AS source, b.name AS target, r.modality AS modality, r.sentence AS evidence, r.doc_key AS document
ORDER BY source, target, evidence
