ln data.yaml copy.pdf
