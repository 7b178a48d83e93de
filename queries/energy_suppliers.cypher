// Who supplies oil or gas to whom, with the number of claims.
MATCH (s)-[r:SUPPLIES_OIL]->(b)
RETURN s.name AS supplier, b.name AS buyer, count(r) AS claims
ORDER BY claims DESC, supplier, buyer
