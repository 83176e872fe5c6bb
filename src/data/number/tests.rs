//! Every way an editor writes a figure, accepted or refused with the exact message.
