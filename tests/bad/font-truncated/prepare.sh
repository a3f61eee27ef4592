head -c 100000 "$SOURCE_DIR/fonts/NotoSans-Bold.ttf" >truncated.ttf
