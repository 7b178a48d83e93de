// Actors with the most claims about them, as source or target.
MATCH (a)-[r]-(b)
WHERE b.key IS NULL
RETURN a.id AS id, a.name AS name, a.kind AS kind, count(r) AS claims
ORDER BY claims DESC, name
LIMIT 20
