mv data.yaml notes.pdf
