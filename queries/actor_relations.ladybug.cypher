// All relations of the actor named $name (name or id), in both directions, with claim counts.
MATCH (a)-[r]->(b)
WHERE (a.name = $name OR a.id = $name) AND label(b) <> 'Document'
RETURN label(r) AS type, a.name AS source, b.name AS target, count(r) AS claims
UNION ALL
MATCH (b)-[r]->(a)
WHERE (a.name = $name OR a.id = $name)
RETURN label(r) AS type, b.name AS source, a.name AS target, count(r) AS claims
