ln -s photo.png photo-link.pdf
