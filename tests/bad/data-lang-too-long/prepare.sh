python3 -c 'print("title: A handout\nlang: en" + "-abcdefgh" * 8000 + "\nitems:\n  - heading: Audio\n    description: Rust is fast.")' >data.yaml
