# partials/ is a link to a folder outside the data's folder.
ln -s ../shared project/partials
