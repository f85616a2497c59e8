import VerbatimCommands

VerbatimCommand.runAsMain()
