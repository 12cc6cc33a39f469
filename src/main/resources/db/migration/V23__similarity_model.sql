-- Issue 16, item 2: the grouping model learns from curators (owned by the recurring feature).
-- A suggestion keeps the measures its pair had when it was suggested (SimilarityModel.MEASURES, in
-- order, comma-separated): a curator's confirm or reject makes it a labelled pair, exactly as the
-- model saw it. One problem in sampled_one_in (20) also has its best pair *below* the threshold
-- shown to curators, so the refit can learn what the threshold misses; as a label it counts
-- sampled_one_in times (it stands for the pairs of the problems not sampled). NULL: an ordinary
-- suggestion, above the threshold.
ALTER TABLE recurring_suggestion
    ADD COLUMN measures       VARCHAR(255) NULL,
    ADD COLUMN sampled_one_in INT          NULL;

-- Every refit of the grouping model on curators' decisions (SimilarityRefit, on a schedule or by
-- an admin): what it was given, how the model in use did on those labels, how the refit did out of
-- fold, and whether it was adopted. Grouping uses the newest adopted model (its properties text),
-- or the shipped one (similarity-model.properties) while none is.
CREATE TABLE similarity_model (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    fitted_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    fitted_by         BIGINT       NULL,
    labels            INT          NOT NULL,
    same_issue        INT          NOT NULL,
    sampled           INT          NOT NULL,
    current_precision DOUBLE       NULL,
    current_recall    DOUBLE       NULL,
    refit_precision   DOUBLE       NULL,
    refit_recall      DOUBLE       NULL,
    adopted           BOOLEAN      NOT NULL,
    note              VARCHAR(200) NOT NULL,
    model             TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_similarity_model_by FOREIGN KEY (fitted_by) REFERENCES member (id),
    CONSTRAINT ck_similarity_model_adopted CHECK (adopted = FALSE OR model IS NOT NULL),
    INDEX ix_similarity_model_adopted (adopted, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
