head -c 60 "$SOURCE_DIR/fonts/NotoSans-Bold.ttf" >header.ttf
