# A heading of 70,000 characters: more than a PDF bookmark (a string of 65,535 bytes) holds.
python3 -c 'print("title: A handout\nitems:\n  - heading: " + "x" * 70000 + "\n    description: Rust is fast.")' >data.yaml
