python3 -c 'print("title: " + "word " * 14000 + "\nitems:\n  - heading: Audio\n    description: Rust is fast.")' >data.yaml
