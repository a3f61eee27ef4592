# A file name with a newline and a tab cannot be committed portably: it is made here.
cp photo.png "$(printf 'fig.png\n\ttouch${IFS}PWNED;:')"
