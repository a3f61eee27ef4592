# 30,000 'é' in the address: 180,000 bytes once percent-encoded, as a PDF link must be.
python3 -c 'print("title: A handout\nitems:\n  - heading: Audio\n    description: \"See [the page](https://example.org/" + "é" * 30000 + ").\"")' >data.yaml
