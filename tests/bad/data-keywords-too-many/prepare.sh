# 200,000 keywords: together far more than the PDF's Keywords entry (65,535 bytes) holds.
python3 -c 'print("title: A handout\nkeywords: [" + ", ".join("k%d" % i for i in range(200000)) + "]\nitems:\n  - heading: Audio\n    description: Rust is fast.")' >data.yaml
