// Who sells arms to whom, with the number of claims and the strongest modality seen.
MATCH (s)-[r:SELLS_TO]->(b)
RETURN s.name AS supplier, b.name AS buyer, count(r) AS claims
ORDER BY claims DESC, supplier, buyer
