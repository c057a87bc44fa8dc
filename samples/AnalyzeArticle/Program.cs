using AnalyzeArticle;

return ArticleCommand.Run(args, Console.In, Console.Out, Console.Error);
