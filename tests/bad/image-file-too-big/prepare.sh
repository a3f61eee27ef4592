truncate -s 101M big.png
