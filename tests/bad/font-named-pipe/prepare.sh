# A named pipe has no place in a git checkout: it is made here.
mkfifo pipe.ttf
