# 33,000 links in one paragraph of half-point text: they all land on the first page.
python3 -c 'print("title: Links\nlinks: \"" + " ".join(["[a](https://example.org)"] * 33000) + "\"")' >data.yaml
