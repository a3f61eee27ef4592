ln -s ../secret project/figures
