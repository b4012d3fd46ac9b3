package com.cineorg.domain.port.in;

public interface RunPipelineUseCase {
    RunReport run(RunPipelineCommand command);
}
