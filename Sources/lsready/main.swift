import LSReadyCLI

// The executable only hands the process over to the CLI library.
LSReadyCommandLine.main()
