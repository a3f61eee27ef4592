# A link committed in a pull request: inside the folder, leading out of it.
ln -s ../secret/photo.png project/logo.png
