head -c 3000 "$SOURCE_DIR/data/rust-is-used-for.png" >truncated.png
